package io.claimcheck.gateway.api;

/**
 * Whole request and answer examples for the OpenAPI document, built from the seed article's facts: Azerbaijan's
 * Defense Ministry claims 2,300 Karabakh soldiers killed, Armenia records 104 military deaths. The analysis answer is
 * the one the system really gives (README.md shows it too).
 */
final class ApiExamples {

    static final String ANALYSIS_REQUEST = """
            {
              "articles": [
                {
                  "id": "a1",
                  "publisher": "Wire",
                  "publishedAt": "2020-10-01",
                  "text": "Armenia has recorded 104 military deaths. Azerbaijan’s Defense Ministry said its forces had killed 2,300 Karabakh soldiers."
                }
              ],
              "parties": {
                "Armenia": [
                  "Karabakh"
                ]
              }
            }""";

    static final String ANALYSIS_ANSWER = """
            {
              "claims": [
                {
                  "id": "a1@21",
                  "articleId": "a1",
                  "mention": "104",
                  "span": {
                    "start": 21,
                    "end": 24
                  },
                  "value": 104,
                  "lower": 104,
                  "upper": 104,
                  "bound": "EXACT",
                  "metric": "KILLED",
                  "object": "soldier",
                  "subject": {
                    "text": "Armenia",
                    "party": "Armenia"
                  },
                  "claimant": {
                    "text": "Armenia",
                    "party": "Armenia"
                  },
                  "sentence": "Armenia has recorded 104 military deaths.",
                  "incident": {
                    "place": null,
                    "placeWithin": [],
                    "day": null,
                    "attacker": null,
                    "cues": []
                  }
                },
                {
                  "id": "a1@99",
                  "articleId": "a1",
                  "mention": "2,300",
                  "span": {
                    "start": 99,
                    "end": 104
                  },
                  "value": 2300,
                  "lower": 2300,
                  "upper": 2300,
                  "bound": "EXACT",
                  "metric": "KILLED",
                  "object": "soldier",
                  "subject": {
                    "text": "Karabakh soldiers",
                    "party": "Armenia"
                  },
                  "claimant": {
                    "text": "Azerbaijan’s Defense Ministry",
                    "party": "Azerbaijan"
                  },
                  "sentence": "Azerbaijan’s Defense Ministry said its forces had killed 2,300 Karabakh soldiers.",
                  "incident": {
                    "place": null,
                    "placeWithin": [],
                    "day": null,
                    "attacker": null,
                    "cues": []
                  }
                }
              ],
              "discrepancies": [
                {
                  "id": "d-5ed50dc0033c",
                  "metric": "KILLED",
                  "objectClass": "military",
                  "subjectParty": "Armenia",
                  "claimIds": [
                    "a1@21",
                    "a1@99"
                  ],
                  "ratio": 22.115384615384617,
                  "severity": "HIGH",
                  "explanation": "Azerbaijan’s Defense Ministry says 2,300 Karabakh soldiers were killed; Armenia reports 104 military deaths, 22 times fewer.",
                  "consensus": {
                    "low": 104,
                    "best": 1202,
                    "high": 2300
                  },
                  "sides": [
                    {
                      "claimantKey": "Armenia",
                      "claimantText": "Armenia",
                      "claimantParty": "Armenia",
                      "claimIds": [
                        "a1@21"
                      ],
                      "figure": "104",
                      "value": 104,
                      "selfReported": true
                    },
                    {
                      "claimantKey": "Azerbaijan",
                      "claimantText": "Azerbaijan’s Defense Ministry",
                      "claimantParty": "Azerbaijan",
                      "claimIds": [
                        "a1@99"
                      ],
                      "figure": "2,300",
                      "value": 2300,
                      "selfReported": false
                    }
                  ],
                  "confidence": 0.25
                }
              ]
            }""";

    static final String STORY_ARTICLE_REQUEST = """
            {
              "article": {
                "id": "baku-1",
                "publisher": "Baku Desk",
                "publishedAt": "2020-10-01",
                "url": "https://example.org/baku-1",
                "text": "Azerbaijan’s Defense Ministry said its forces had killed 2,300 Karabakh soldiers."
              },
              "parties": {
                "Armenia": [
                  "Karabakh"
                ],
                "Azerbaijan": [
                  "Baku"
                ]
              }
            }""";

    static final String VERDICT_REQUEST = """
            {
              "verdict": "DISMISSED",
              "reason": "DIFFERENT_INCIDENTS",
              "note": "Baku counts the whole front since 27 September; Yerevan only the soldiers of one district."
            }""";

    private ApiExamples() {
    }
}
