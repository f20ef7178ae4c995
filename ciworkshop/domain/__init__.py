"""Pure domain objects and rules: no Qt, no SQL, no reportlab."""
