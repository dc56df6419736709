// The generated TypeScript client against a running gateway: CLAIMCHECK_URL (default http://localhost:8080), its
// readiness at CLAIMCHECK_HEALTH_URL (default the management port of a local run, http://localhost:9000/q/health/ready),
// with CLAIMCHECK_API_KEY sent as X-API-Key when set (a local run's gateway is open and needs none).
// Each test is one thing a newsroom tool does through the public API; the cross-story feed, when the gateway has
// it, is one more test here.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, describe, test } from "node:test";

import { createClaimcheckClient, type ClaimcheckClient, type Schemas } from "./client.js";

const baseUrl = process.env.CLAIMCHECK_URL || "http://localhost:8080";
const healthUrl = process.env.CLAIMCHECK_HEALTH_URL || "http://localhost:9000/q/health/ready";
const client = createClaimcheckClient({ baseUrl, apiKey: process.env.CLAIMCHECK_API_KEY });

// our own two sentences on the seed story's figures: 2,300 claimed by Azerbaijan, 104 reported by Armenia
const AZERBAIJAN_CLAIMS =
  "Fighting over Nagorno-Karabakh went on for an eighth day. " +
  "Azerbaijan's Defense Ministry claimed that 2,300 Karabakh soldiers had been killed so far.";
const ARMENIA_REPORTS = "Armenia has recorded 104 military deaths.";
const PARTIES = { Armenia: ["Karabakh"] };

function article(id: string, publisher: string, text: string): Schemas["ArticleInput"] {
  return { id, publisher, publishedAt: "2020-10-05", text };
}

/** The one claim of the value. */
function claimOf(claims: Schemas["Claim"][] | undefined, value: number): Schemas["Claim"] {
  const found = (claims ?? []).filter((claim) => claim.value === value);
  assert.equal(found.length, 1, `one claim of ${value} among ${JSON.stringify(claims)}`);
  return found[0]!;
}

/** Azerbaijan's 2,300 against Armenia's 104: killed, on Armenia's side, a high-severity disagreement. */
function assertTheDisagreement(
  discrepancies: Schemas["Discrepancy"][] | undefined,
  claimed: Schemas["Claim"],
  reported: Schemas["Claim"],
): void {
  assert.equal(discrepancies?.length, 1, JSON.stringify(discrepancies));
  const [discrepancy] = discrepancies!;
  assert.equal(discrepancy!.metric, "KILLED");
  assert.equal(discrepancy!.subjectParty, "Armenia");
  assert.equal(discrepancy!.severity, "HIGH");
  assert.deepEqual([...(discrepancy!.claimIds ?? [])].sort(), [claimed.id, reported.id].sort());
  assert.ok((discrepancy!.ratio ?? 0) > 20, `ratio ${discrepancy!.ratio}`);
  assert.match(discrepancy!.explanation ?? "", /2,300.*104/);
  assert.deepEqual(discrepancy!.sides?.map((side) => side.claimantParty).sort(), ["Armenia", "Azerbaijan"]);
  assert.deepEqual(discrepancy!.sides?.map((side) => side.value).sort((a, b) => a! - b!), [104, 2300]);
}

before(async () => {
  // no gateway is a failure, never a skip
  const ready = await fetch(healthUrl).catch((error: unknown) => {
    throw new Error(`no claimcheck gateway ready at ${healthUrl} (set CLAIMCHECK_HEALTH_URL): ${String(error)}`);
  });
  assert.equal(ready.status, 200, `the gateway is not ready at ${healthUrl}`);
});

describe("analyse", () => {
  test("finds the claims and where they disagree", async () => {
    const { data, error, response } = await client.POST("/api/v1/analyses", {
      body: { articles: [article("wire-1", "Example Wire", `${AZERBAIJAN_CLAIMS} ${ARMENIA_REPORTS}`)], parties: PARTIES },
    });
    assert.equal(response.status, 200, JSON.stringify(error));
    assert.ok(data);

    const claimed = claimOf(data.claims, 2300);
    const reported = claimOf(data.claims, 104);
    assert.equal(claimed.mention, "2,300");
    assert.equal(claimed.metric, "KILLED");
    assert.equal(claimed.bound, "EXACT");
    assert.equal(claimed.subject?.party, "Armenia");
    assert.equal(claimed.claimant?.party, "Azerbaijan");
    const text = `${AZERBAIJAN_CLAIMS} ${ARMENIA_REPORTS}`;
    assert.equal(text.slice(claimed.span!.start, claimed.span!.end), "2,300");
    assert.equal(reported.metric, "KILLED");

    assertTheDisagreement(data.discrepancies, claimed, reported);
  });
});

describe("a story", () => {
  const storyId = `karabakh-${randomUUID()}`;
  const azerbaijan = { article: article("baku-1", "Baku Desk", AZERBAIJAN_CLAIMS), parties: PARTIES };
  const armenia = { article: article("yerevan-1", "Yerevan Desk", ARMENIA_REPORTS), parties: PARTIES };
  // without Prefer: respond-async the answer is the stored article (201, or 200 when it was there already); the
  // operation's type also holds the 202 of the asynchronous path, so the answer is told apart by its fields
  const add = async (body: Schemas["StoryArticleRequest"], idempotencyKey: string) => {
    const { data, error, response } = await client.POST("/api/v1/stories/{storyId}/articles", {
      params: { path: { storyId }, header: { "Idempotency-Key": idempotencyKey } },
      body,
    });
    assert.ok(data === undefined || "created" in data, `a synchronous answer: ${JSON.stringify(data)}`);
    return { data: data as Schemas["StoryArticleResponse"] | undefined, error, response };
  };

  test("ingest: each article is stored once, however often it is sent", async () => {
    const first = await add(azerbaijan, `${storyId}/baku-1`);
    assert.equal(first.response.status, 201, JSON.stringify(first.error));
    assert.equal(first.data?.created, true);
    assert.equal(first.data?.storyId, storyId);
    assert.equal(first.data?.articleId, "baku-1");
    assert.deepEqual(first.data?.claims?.map((claim) => claim.mention), ["2,300"]);
    assert.deepEqual(first.data?.discrepancies, []);

    const second = await add(armenia, `${storyId}/yerevan-1`);
    assert.equal(second.response.status, 201, JSON.stringify(second.error));
    assert.equal(second.data?.created, true);
    assert.equal(second.data?.discrepancies?.length, 1);

    // the same requests again, as a client retrying after a lost answer sends them: nothing is stored twice
    const retried = await add(azerbaijan, `${storyId}/baku-1`);
    assert.equal(retried.response.status, 200, JSON.stringify(retried.error));
    assert.equal(retried.data?.created, false);
    assert.deepEqual(retried.data?.claims, first.data?.claims);
    const again = await add(armenia, `${storyId}/yerevan-1`);
    assert.equal(again.response.status, 200, JSON.stringify(again.error));
    assert.equal(again.data?.created, false);
  });

  test("read: the summary, the claims and the discrepancies", async () => {
    const path = { params: { path: { storyId } } };

    const story = await client.GET("/api/v1/stories/{storyId}", path);
    assert.equal(story.response.status, 200, JSON.stringify(story.error));
    assert.equal(story.data?.storyId, storyId);
    assert.equal(story.data?.articles, 2);
    assert.equal(story.data?.claims, 2);
    assert.equal(story.data?.discrepancies, 1);
    assert.ok(!Number.isNaN(Date.parse(story.data?.createdAt ?? "")), `createdAt ${story.data?.createdAt}`);

    const claims = await client.GET("/api/v1/stories/{storyId}/claims", path);
    assert.equal(claims.response.status, 200, JSON.stringify(claims.error));
    assert.equal(claims.data?.storyId, storyId);
    const claimed = claimOf(claims.data?.claims, 2300);
    const reported = claimOf(claims.data?.claims, 104);
    assert.equal(claimed.articleId, "baku-1");
    assert.equal(reported.articleId, "yerevan-1");

    const discrepancies = await client.GET("/api/v1/stories/{storyId}/discrepancies", path);
    assert.equal(discrepancies.response.status, 200, JSON.stringify(discrepancies.error));
    assert.equal(discrepancies.data?.storyId, storyId);
    assertTheDisagreement(discrepancies.data?.discrepancies, claimed, reported);
  });

  test("articles: a page at a time, oldest publication first", async () => {
    const first = await client.GET("/api/v1/stories/{storyId}/articles", {
      params: { path: { storyId }, query: { limit: 1 } },
    });
    assert.equal(first.response.status, 200, JSON.stringify(first.error));
    assert.equal(first.data?.storyId, storyId);
    // both of 5 October: then by id
    assert.deepEqual(first.data?.articles.map((entry) => entry.id), ["baku-1"]);
    const [baku] = first.data!.articles;
    assert.equal(baku!.publisher, "Baku Desk");
    assert.equal(Date.parse(baku!.publishedAt ?? ""), Date.parse("2020-10-05T00:00:00Z"));
    assert.equal(baku!.claims, 1);
    assert.ok(first.data?.next, "a second page follows");

    const last = await client.GET("/api/v1/stories/{storyId}/articles", {
      params: { path: { storyId }, query: { limit: 1, cursor: first.data!.next! } },
    });
    assert.equal(last.response.status, 200, JSON.stringify(last.error));
    assert.deepEqual(last.data?.articles.map((entry) => entry.id), ["yerevan-1"]);
    assert.equal(last.data?.next, null);
  });

  test("feed: the story's discrepancy across stories, by party and severity", async () => {
    const feed = await client.GET("/api/v1/discrepancies", {
      params: { query: { severity: "HIGH", party: "Azerbaijan", limit: 100 } },
    });
    assert.equal(feed.response.status, 200, JSON.stringify(feed.error));
    const item = feed.data?.items.find((entry) => entry.storyId === storyId);
    assert.ok(item, `story ${storyId} is in the feed`);
    assert.equal(item.discrepancy.severity, "HIGH");
    assert.ok(!Number.isNaN(Date.parse(item.detectedAt)), `detectedAt ${item.detectedAt}`);
  });

  test("verdict: a journalist's verdict on the discrepancy, and its history", async () => {
    const discrepancies = await client.GET("/api/v1/stories/{storyId}/discrepancies", { params: { path: { storyId } } });
    const discrepancyId = discrepancies.data?.discrepancies[0]?.id ?? "";
    const path = { params: { path: { storyId, discrepancyId } } };

    const recorded = await client.POST("/api/v1/stories/{storyId}/discrepancies/{discrepancyId}/verdicts", {
      ...path,
      body: { verdict: "DISMISSED", reason: "PART_OF_TOTAL", note: "Baku counts the whole front." },
    });
    assert.equal(recorded.response.status, 201, JSON.stringify(recorded.error));
    assert.equal(recorded.data?.reason, "PART_OF_TOTAL");
    assert.ok(!Number.isNaN(Date.parse(recorded.data?.recordedAt ?? "")), `recordedAt ${recorded.data?.recordedAt}`);

    const history = await client.GET("/api/v1/stories/{storyId}/discrepancies/{discrepancyId}/verdicts", path);
    assert.equal(history.response.status, 200, JSON.stringify(history.error));
    assert.deepEqual(history.data?.verdicts, [recorded.data]);

    // the feed shows it as the discrepancy's latest verdict, and filters on it
    const reviewed = await client.GET("/api/v1/discrepancies", {
      params: { query: { review: "dismissed", party: "Azerbaijan", limit: 100 } },
    });
    assert.equal(reviewed.response.status, 200, JSON.stringify(reviewed.error));
    const item = reviewed.data?.items.find((entry) => entry.storyId === storyId);
    assert.ok(item, `story ${storyId} is in the feed of dismissed discrepancies`);
    assert.equal(item.latestVerdict?.verdict, "DISMISSED");
    assert.equal(item.latestVerdict?.reason, "PART_OF_TOTAL");
    assert.equal(item.latestVerdict?.recordedAt, recorded.data?.recordedAt);
    const unreviewed = await client.GET("/api/v1/discrepancies", {
      params: { query: { review: "unreviewed", party: "Azerbaijan", limit: 100 } },
    });
    assert.equal(unreviewed.response.status, 200, JSON.stringify(unreviewed.error));
    assert.ok(!unreviewed.data?.items.some((entry) => entry.storyId === storyId), "no longer unreviewed");
  });

  test("read: an unknown story is a 404 problem", async () => {
    const { data, error, response } = await client.GET("/api/v1/stories/{storyId}", {
      params: { path: { storyId: `no-such-story-${randomUUID()}` } },
    });
    assert.equal(response.status, 404);
    assert.equal(data, undefined);
    assert.match(response.headers.get("content-type") ?? "", /^application\/problem\+json/);
    assert.equal(error?.type, "urn:claimcheck:problem:not-found");
    assert.equal(error?.status, 404);
  });
});

describe("ingest asynchronously", () => {
  const storyId = `queued-${randomUUID()}`;

  test("queued: an article sent with Prefer: respond-async is followed to reconciled", async () => {
    const queued = await client.POST("/api/v1/stories/{storyId}/articles", {
      params: { path: { storyId }, header: { Prefer: "respond-async" } },
      body: { article: article("baku-3", "Baku Desk", AZERBAIJAN_CLAIMS), parties: PARTIES },
    });
    assert.equal(queued.response.status, 202, JSON.stringify(queued.error));
    assert.equal(queued.response.headers.get("preference-applied"), "respond-async");
    const status = `/api/v1/stories/${storyId}/articles/baku-3/ingestion`;
    assert.ok(queued.response.headers.get("location")?.endsWith(status));

    let state: string | undefined;
    for (const deadline = Date.now() + 60_000; state !== "reconciled" && Date.now() < deadline; ) {
      const ingestion = await client.GET("/api/v1/stories/{storyId}/articles/{articleId}/ingestion", {
        params: { path: { storyId, articleId: "baku-3" } },
      });
      assert.equal(ingestion.response.status, 200, JSON.stringify(ingestion.error));
      state = ingestion.data?.state;
      assert.notEqual(state, "failed", ingestion.data?.reason ?? "");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.equal(state, "reconciled");
    const claims = await client.GET("/api/v1/stories/{storyId}/claims", { params: { path: { storyId } } });
    assert.deepEqual(claims.data?.claims?.map((claim) => claim.mention), ["2,300"]);
  });
});

/**
 * Never called: compiled only, so that `tsc` proves the generated types hold the contract. Each line below is
 * something the API does not accept, and the build fails if the types let it through.
 */
export function contractIsTyped(typed: ClaimcheckClient): void {
  // @ts-expect-error an article needs its text
  void typed.POST("/api/v1/analyses", { body: { articles: [{ id: "a1" }] } });
  // @ts-expect-error a page of a story's articles holds a number of them
  void typed.GET("/api/v1/stories/{storyId}/articles", { params: { path: { storyId: "s" }, query: { limit: "all" } } });
  // @ts-expect-error the story id is a path parameter
  void typed.GET("/api/v1/stories/{storyId}", {});
  void typed.POST("/api/v1/stories/{storyId}/discrepancies/{discrepancyId}/verdicts", {
    params: { path: { storyId: "s", discrepancyId: "d" } },
    // @ts-expect-error a verdict is one of the list
    body: { verdict: "PROBABLY" },
  });
  // @ts-expect-error an ingestion's state is one of the list
  const state: Schemas["ArticleIngestion"]["state"] = "pending";
  void state;
  // @ts-expect-error the feed's review is one of the list
  void typed.GET("/api/v1/discrepancies", { params: { query: { review: "maybe" } } });
}
