"""The parts of the meeting guide: attendance, review, actions, next meeting, closing.

:mod:`familiemote.ui.meeting_guide` puts them together as the steps of one
window; each part reads the case it is given and saves through the services.
"""
