print("generate-sample")
