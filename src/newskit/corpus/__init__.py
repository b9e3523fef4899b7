"""Process a corpus: read records, analyze them (in-process, in a process pool, on Dask or
Spark), write the results. The ``newskit analyze`` command is built from these parts.

>>> from newskit.corpus import PipelineSpec, analyze_partition
>>> spec = PipelineSpec(disable=["html", "boilerplate", "dates_fr", "numbers", "entities", "claims"])
>>> records = list(analyze_partition([{"id": "a", "text": "Bonjour."}, {"id": "b", "text": ""}], spec))
>>> records[0]["id"], records[0]["text"]
('a', 'Bonjour.')
>>> records[1]
{'id': 'b', 'error': {'type': 'EmptyInputError', 'message': 'input is empty'}}
"""

from __future__ import annotations

from newskit.corpus.partition import analyze_partition, partition_settings, to_input_records
from newskit.corpus.readers import ReadOptions, iter_paths, read_inputs
from newskit.corpus.records import (
    InputRecord,
    PipelineSpec,
    analyze_record,
    error_record,
    pipeline_for,
)
from newskit.corpus.runner import analyze_stream
from newskit.corpus.writers import open_writer, to_json_line

__all__ = [
    "InputRecord",
    "PipelineSpec",
    "ReadOptions",
    "analyze_partition",
    "analyze_record",
    "analyze_stream",
    "error_record",
    "iter_paths",
    "open_writer",
    "partition_settings",
    "pipeline_for",
    "read_inputs",
    "to_input_records",
    "to_json_line",
]
