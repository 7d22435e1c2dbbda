"""diptych: compare news articles side by side.

Kept free of imports so that `tui.engine` can be loaded without the UI stack.
"""
