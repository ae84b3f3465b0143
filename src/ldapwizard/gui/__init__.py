"""The wizard's window, pages and models (PySide6); the engine in core/ knows nothing of them."""
