"""All SQL lives here: opening databases, the build, repositories, search and counts."""
