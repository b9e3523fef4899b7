"""Dask: analyze_bag on a LocalCluster of two worker processes equals the serial run."""

from __future__ import annotations

import importlib

import pytest
from corpus_helpers import FIRST_PARTY, TEST_PLUGIN, corpus_rows

from newskit.corpus import PipelineSpec, ReadOptions, analyze_partition
from newskit.corpus.dask import analyze_bag

DISABLE = FIRST_PARTY.split(",")


@pytest.mark.slow
def test_analyze_bag_on_two_worker_processes_equals_the_serial_run():
    db = pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")

    rows = corpus_rows(40, a00013="", a00021="\x00binaire\x00")
    rows[30].pop("id")  # a record without an id gets one from its partition and position
    serial = list(
        analyze_partition(
            rows[:30], PipelineSpec(disable=DISABLE), ReadOptions(input_format="jsonl")
        )
    )
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        bag = db.from_sequence(rows, npartitions=4)
        results = analyze_bag(bag, disable=DISABLE).compute()
        # A lambda travels by value (this test module is not importable on the workers).
        built = client.run(
            lambda: (
                importlib.import_module("newskit.corpus.records").pipeline_for.cache_info().currsize
            )
        )
    assert results[:30] == serial
    assert [r["id"] for r in results[:30]] == [r["id"] for r in rows[:30]]
    assert results[30]["id"] == "record:3:1"
    assert results[13]["error"]["type"] == "EmptyInputError"
    assert results[21]["error"]["type"] == "BinaryInputError"
    assert len(built) == 2
    assert set(built.values()) == {1}  # each worker process built its pipeline once


def test_analyze_bag_is_lazy_and_keeps_partitions():
    db = pytest.importorskip("dask.bag")
    bag = db.from_sequence(["Un texte.", "Deux textes."], npartitions=2)
    result = analyze_bag(bag, disable=DISABLE)
    assert result.npartitions == 2
    assert [r["id"] for r in result.compute(scheduler="sync")] == ["record:0:1", "record:1:1"]


def test_analyze_bag_passes_pipeline_settings_and_published_to_the_workers():
    db = pytest.importorskip("dask.bag")
    bag = db.from_sequence([{"id": "x", "text": "Le ministre a annoncé 12 mesures."}])
    default = analyze_bag(bag, plugins=[TEST_PLUGIN]).compute(scheduler="sync")
    chosen = analyze_bag(
        bag, plugins=[TEST_PLUGIN], published="2022-01-10", settings={"testplugin.kind": "count"}
    ).compute(scheduler="sync")
    assert (default[0]["published"], default[0]["quantities"][0]["kind"]) == (None, "number")
    assert (chosen[0]["published"], chosen[0]["quantities"][0]["kind"]) == ("2022-01-10", "count")


def test_partition_settings_builds_a_spec_and_jsonl_read_options():
    from newskit.corpus import partition_settings

    spec, options = partition_settings(
        disable=["claims"],
        settings={"entities.backend": "rules"},
        text_field="body",
        published="2022-01-10",
        metadata={"site": "x"},
    )
    assert spec.settings == (("entities.backend", "rules"),)
    assert spec.disable == ("claims",)
    assert (options.input_format, options.text_field) == ("jsonl", "body")
    assert (options.published, dict(options.metadata)) == ("2022-01-10", {"site": "x"})
