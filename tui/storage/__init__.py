"""The storage layer, at the bottom of the import graph: where the user's files live, atomic writes,
setting damaged files aside.

Anything may import it (the corpus importer, the analysis cache, user data, the app); it imports
nothing of the project. Locks and other file primitives shared by several owners belong here too.
"""
