"""Discord cogs: one per feature, thin (options -> service -> render -> send)."""
