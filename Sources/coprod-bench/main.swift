import CoprodModel
print("bench placeholder")
