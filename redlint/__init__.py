"""redlint: lint Redmine support ticket drafts against the support guide, then submit them."""

__version__ = "0.1.0"
