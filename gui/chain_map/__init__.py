"""The chain map page: the layered picture and its outline."""
