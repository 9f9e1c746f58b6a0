"""lanjie: keyword interception for generative-AI filing (大模型备案).

The compiled engine lives in the extension module ``lanjie._lanjie``; this
package re-exports its classes so ``import lanjie`` gives ``lanjie.Artifact``,
``lanjie.Scanner``, ``lanjie.Filter`` and friends. ``lanjie.corpus`` (pure
Python) runs the training-corpus audit (clause 9.2) as Dask tasks; it is
imported on demand so ``import lanjie`` never needs Dask.
"""
from ._lanjie import Artifact, Filter, FilterOutput, Hit, Scanner, Stream  # noqa: F401
from ._lanjie import __version__  # noqa: F401

__all__ = ["Artifact", "Filter", "FilterOutput", "Hit", "Scanner", "Stream", "__version__"]
