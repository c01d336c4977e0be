"""Pure news domain: text in, frozen dataclasses out.

Nothing in this package does I/O, uses asyncio, discord or sqlite, or imports
anything else of the project.
"""
