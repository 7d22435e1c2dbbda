"""One module per screen or modal; screens wire widgets to the engine."""
