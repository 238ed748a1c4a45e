"""After submission: the tickets that wait on the customer (inbox), answering them (reply) and
closing resolved ones (close). Each module has one job; `session` is the only door to Redmine."""
