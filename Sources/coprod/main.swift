import CoprodLanguage
import LineEditing
import ArgumentParser
print("coprod placeholder")
