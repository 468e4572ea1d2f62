"""Starting points for ``fabwise templates new``, one per kind of process (see
:mod:`configurator.core.scaffold`): printed parts (:mod:`.printed`), sheet parts with kerf, tab
and slot joints and an engraved label (:mod:`.sheet`), and milled plates (:mod:`.milled`)."""
