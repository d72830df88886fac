"""read_regular holds the size limit whatever st_size says, and reads small files whole."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from proplint.loading import NotRegular, read_regular


@given(size=st.integers(min_value=0, max_value=300), limit=st.integers(min_value=0, max_value=300))
def test_a_regular_file_is_read_up_to_one_byte_past_the_limit(tmp_path_factory: pytest.TempPathFactory, size: int, limit: int) -> None:
    path = tmp_path_factory.mktemp("read") / "file.yaml"
    content = bytes(range(256)) * 2
    path.write_bytes(content[:size])
    assert read_regular(path, limit) == content[: min(size, limit + 1)]
    assert read_regular(path, None) == content[:size]


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_a_file_whose_size_says_zero_is_still_read_and_still_bounded() -> None:
    assert os.stat("/proc/self/status").st_size == 0
    whole = read_regular(Path("/proc/self/status"), 1_000_000)
    assert b"Name:" in whole
    assert len(read_regular(Path("/proc/self/status"), 10)) == 11


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_without_a_writer_is_refused_not_waited_for(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    with pytest.raises(NotRegular):
        read_regular(tmp_path / "pipe.yaml", 100)
