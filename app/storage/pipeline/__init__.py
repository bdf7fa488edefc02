"""The pipeline in storage: the board's reads, stage moves and the stage configuration."""
