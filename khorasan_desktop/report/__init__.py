"""PDF reports of selected views: a paginated rich-text document with vector pictures."""
