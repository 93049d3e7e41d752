"""The ranking step: its page (ranking_page.RankingPage) and the tabs it holds."""
