"""Exchange formats: the native JSON export (a public, versioned contract) and its import.

The native document is the single source every other format is built from
(JSONL, CSV, schema.org ClaimReview, W3C Web Annotation), so they can never
disagree about what a claim is.  Nothing here imports Qt: the GUI, the CLI and
scripts call the same functions.
"""
