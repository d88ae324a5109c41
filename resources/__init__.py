"""Data files shipped with the app: demo articles, styles and icons (no code, no Qt)."""
