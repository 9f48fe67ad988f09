import AnnualReviewCLI
import Foundation

exit(AnnualReview.run(arguments: Array(CommandLine.arguments.dropFirst())))
