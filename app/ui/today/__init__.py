"""The Today page: the rep's queue for the day and the call panel (feature ``cadences``)."""
