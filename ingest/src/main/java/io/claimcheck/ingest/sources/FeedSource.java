package io.claimcheck.ingest.sources;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The articles of an RSS or Atom feed (read with Rome, which knows every version of both): one per item, its text the
 * title and the body (the full content where the feed carries it, else the summary), markup taken out; its id the
 * item's own (guid, Atom id, else link); its publisher the feed's title.
 */
public final class FeedSource {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FeedSource() {
    }

    /** Reads a feed from a stream (a file or an HTTP body); {@code name} says which in errors. */
    public static List<Article> read(InputStream in, String name) throws SourceException {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(in)) {
            feed = new SyndFeedInput().build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new SourceException(name + " is no RSS or Atom feed: " + e.getMessage(), e);
        }
        String publisher = feed.getTitle() == null ? null : plain(feed.getTitle());
        List<Article> articles = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String sourceId = firstOf(entry.getUri(), entry.getLink(), entry.getTitle());
            String text = textOf(entry);
            if (sourceId == null || text.isBlank()) {
                continue; // an item with nothing to read or nothing to name it by
            }
            articles.add(new Article(Article.idFor(sourceId), text, publisher, dayOf(entry), entry.getLink()));
        }
        return articles;
    }

    private static String textOf(SyndEntry entry) {
        StringBuilder text = new StringBuilder();
        if (entry.getTitle() != null && !entry.getTitle().isBlank()) {
            String title = plain(entry.getTitle());
            text.append(title).append(title.endsWith(".") ? " " : ". ");
        }
        String body = entry.getContents().stream().map(SyndContent::getValue).filter(v -> v != null && !v.isBlank())
                .findFirst().orElse(entry.getDescription() == null ? "" : entry.getDescription().getValue());
        return text.append(body == null ? "" : plain(body)).toString().strip();
    }

    private static String dayOf(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** Markup out, the few entities feeds use turned back into characters, runs of space made one. */
    private static String plain(String html) {
        String text = TAG.matcher(html).replaceAll(" ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }
}
