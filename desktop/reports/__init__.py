"""Printed documents (PDF): the dossier 一企一档 and the plan 一企一策."""
