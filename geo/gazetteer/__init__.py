"""The gazetteer: a curated layer (``gazetteer/curated/*.yaml``) over a broad base (GeoNames populated
places, Natural Earth countries and first-level regions). Curated entries win over base entries."""

from geo.gazetteer.index import Gazetteer, load_gazetteer

__all__ = ["Gazetteer", "load_gazetteer"]
