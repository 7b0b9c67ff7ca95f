//! The CSPO learning objectives from the guide, grouped by their five areas, as data.
