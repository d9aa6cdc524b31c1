-- Fingerprints indexed per block of 1024 records instead of by hmac alone. HMACs are random, so each new one
-- landed on a random page of one index over the whole log: a batch of 500 records rewrote ~1.7 index pages per
-- record, and at 100k records the index cost the writer as much CPU as everything else together. Keyed by
-- (block, hmac), a batch only touches its own block's few pages; a lookup asks each block in turn (one index
-- seek per block and form, src/audit/fingerprint.ts). The block expression must stay `record_seq / 1024`,
-- written exactly so, for the planner to use this index.
DROP INDEX audit_fingerprints_hmac;
CREATE INDEX audit_fingerprints_block_hmac ON audit_fingerprints(record_seq / 1024, hmac);
