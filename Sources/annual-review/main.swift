print("annual-review")
