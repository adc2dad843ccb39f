"""The matrix library the model's layers multiply with: NumPy's BLAS, on one thread, where it can be held to one.

spaCy's models multiply their matrices with BLIS. NumPy's OpenBLAS (or MKL) has kernels for newer
processors that BLIS lacks: at the sizes of the small English model it was ~3 times faster here (AVX-512),
which takes ~30% off the CPU time of the parse, with the same result (on 997 news texts, 141,128
tokens, not one tag, head, dependency or entity differed). But OpenBLAS runs a thread per core: eventdesk
scales by processes, and two workers each spinning two threads on two cores lose more than they gain. So
the pipeline's layers use NumPy only when ``threadpoolctl`` can hold its BLAS to one thread while the
parse runs (:func:`one_thread`), and BLIS otherwise. ``EVENTDESK_BLAS=blis`` keeps BLIS.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import Any

from thinc.api import use_ops

# the BLAS libraries faster than BLIS at these sizes (threadpoolctl's names)
_FAST = ("openblas", "mkl")
_controller: Any = None  # threadpoolctl's controller of NumPy's BLAS, once looked up; False: none to use


def _blas() -> Any:
    global _controller
    if _controller is None:
        _controller = False
        if os.environ.get("EVENTDESK_BLAS", "").lower() != "blis":
            try:
                from threadpoolctl import ThreadpoolController
            except ImportError:  # a declared dependency, but an install without it still works, on BLIS
                return None
            blas = ThreadpoolController().select(internal_api=list(_FAST))
            if blas.lib_controllers:
                _controller = blas
    return _controller or None


def numpy_blas() -> bool:
    """Whether models loaded now multiply with NumPy's BLAS (else BLIS, spaCy's default)."""
    return _blas() is not None


@contextlib.contextmanager
def loading() -> Iterator[None]:
    """Models created inside run their layers on NumPy's BLAS when :func:`numpy_blas`."""
    if numpy_blas():
        with use_ops("numpy", use_blis=False):
            yield
    else:
        yield


def one_thread() -> contextlib.AbstractContextManager[Any]:
    """NumPy's BLAS held to one thread inside (the caller's own setting is restored on leaving)."""
    blas = _blas()
    return blas.limit(limits=1) if blas is not None else contextlib.nullcontext()
