"""Hostile input for the tests: small fixture files and the checks every analysis must pass.

Big files (a 2 MB line, a 20 MB article, 20,000 names) are generated at test time in tmp_path by
the generators in bench/hostile.py; none is committed.
"""
