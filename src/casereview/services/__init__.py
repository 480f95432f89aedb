"""Use cases of casereview, free of Qt: the GUI and the CLI call the same functions."""
