-- A story's articles are listed in publication order, the undated last (PostgreSQL's ascending order puts nulls last,
-- as the query asks), then by id: the index gives a page in that order without sorting the whole story.
CREATE INDEX article_by_publication ON article (story_id, published_at, article_id);
