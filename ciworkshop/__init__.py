"""ciworkshop: facilitation workshop for Collective-Impact networks."""

__version__ = "0.1.0"
