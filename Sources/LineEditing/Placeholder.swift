import CLineEditShim
public enum LineEditingPlaceholder {}
