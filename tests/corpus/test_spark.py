"""Spark: the documented recipe (analyze_rdd) runs on a local Spark when pyspark and Java
are there; the partition function it ships is tested without Spark."""

from __future__ import annotations

import shutil

import pytest
from corpus_helpers import FIRST_PARTY, corpus_rows

from newskit.corpus import PipelineSpec, ReadOptions, analyze_partition
from newskit.corpus.spark import _Partition, analyze_rdd

DISABLE = FIRST_PARTY.split(",")


class Row(dict):
    """Stands for pyspark.sql.Row: what spark.read.json(...).rdd yields."""

    def asDict(self) -> dict:
        return dict(self)


def test_partition_function_reads_spark_rows_and_numbers_missing_ids():
    rows = [Row(id="a", text="Un texte."), Row(text="Sans id.")]
    out = list(
        _Partition(PipelineSpec(disable=DISABLE), ReadOptions(input_format="jsonl"))(5, rows)
    )
    assert [r["id"] for r in out] == ["a", "record:5:2"]
    assert out[1]["text"] == "Sans id."


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")
def test_analyze_rdd_on_local_spark_equals_the_serial_run():
    if shutil.which("java") is None:
        pytest.skip("Java is not installed: Spark cannot start")
    pyspark = pytest.importorskip(
        "pyspark", reason="pyspark is not installed (pip install pyspark to run this test)"
    )
    rows = corpus_rows(12, a00003="")
    serial = list(
        analyze_partition(rows, PipelineSpec(disable=DISABLE), ReadOptions(input_format="jsonl"))
    )
    conf = (
        pyspark.SparkConf()
        .setMaster("local[2]")
        .setAppName("newskit-test")
        .set("spark.ui.enabled", "false")  # no web UI: a faster start, no port taken
        .set("spark.python.worker.reuse", "true")
    )
    context = pyspark.SparkContext.getOrCreate(conf)
    try:
        results = analyze_rdd(context.parallelize(rows, 3), disable=DISABLE).collect()
    finally:
        context.stop()
    assert results == serial
