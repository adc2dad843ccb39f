"""Actors: noun phrases of the parse resolved to CAMEO-style codes with the knowledge base."""

from eventdesk.actors.resolve import ActorResolver, actor_code

__all__ = ["ActorResolver", "actor_code"]
