"""Reviewing a colleague's project: compare, measure agreement, merge with provenance.

`compare` reads both files into light records and matches them (`matching`),
sorts the differences (`differences`) and measures agreement (`agreement`);
`merge` applies a reviewer's decisions to their own file only, and `unmerge`
takes a merge back.  Colleagues' files are only ever opened read-only.
"""
