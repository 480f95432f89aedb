"""Plain typed data shared by every layer: validated on construction, no I/O."""
