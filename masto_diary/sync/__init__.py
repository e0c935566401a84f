"""Folder sync: two or more laptops keep one diary through a shared folder, with no server.

See docs/sync.md.  The pure pieces (:mod:`clock`, :mod:`record`, :mod:`merge`, :mod:`folder`,
:mod:`crypto`) know nothing of the diary's tables, so the property test can drive them with
simulated laptops; the pieces that touch the diary file sit on the write seam
(docs/architecture.md, "How a write travels").
"""
