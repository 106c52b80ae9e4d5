"""geo: turn news reporting into maps.

Data flows one way: sources -> text -> mentions -> places -> claims -> map.
"""

__version__ = "0.1.0"
