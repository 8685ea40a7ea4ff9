# Weighted kappa with its 95% interval (vcd::Kappa), ICC(2,1) with its 95% interval (psych::ICC,
# "Single_random_raters") and quantiles (stats::quantile, type 7) of every data set in datasets.json, written to
# psych.json. Run: Rscript scripts/agreement-reference/reference.R (Debian: r-cran-psych, r-cran-vcd, r-cran-jsonlite).
#
# - Kappa: the contingency table (rows consultant, columns reviewer) over the whole scale min..max with the quadratic
#   (Fleiss-Cohen) agreement weights 1 - (i - j)^2 / (k - 1)^2 passed explicitly, so the estimate equals
#   scikit-learn's with labels = min..max. The interval is vcd's confint(): estimate -/+ qnorm(.975) * ASE, the
#   large-sample standard error of Fleiss, Cohen & Everitt (1969), clipped to [-1, 1].
#   psych::cohen.kappa (2.2.9) gives the same estimate with the same weights, but its weighted variance mixes up the
#   marginal weights (colSums(w * cs), rowSums(w * rs)): on these sets it comes out negative (psych then reports a
#   zero-width interval) or far too large (clipped to [-1, 1]). Its bounds are kept as `psychKappa` for the record
#   only; README.md says more.
# - ICC runs with lmer = FALSE: the classical two-way ANOVA mean squares of Shrout & Fleiss (the default lmer = TRUE
#   estimates variance components by REML, which truncates negative components and needs lme4).
# - The plain figures: mean(c == r), mean(|c - r| <= 1), mean(|c - r|).
# - A figure R cannot give (NaN, NA, an error) is written as null. Numbers carry 15 significant digits (jsonlite's
#   maximum), ample for the 1e-6 the tests ask.
suppressPackageStartupMessages({
  library(psych)
  library(vcd)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))
data <- fromJSON(file.path(here, "datasets.json"), simplifyVector = FALSE)

num <- function(x) if (length(x) == 1 && is.finite(x)) unname(x) else NA
interval <- function(value, low, high) list(value = num(value), low = num(low), high = num(high))
spread <- function(x) {
  q <- quantile(x, c(0.25, 0.5, 0.75), type = 7, names = FALSE)
  list(min = min(x), q1 = q[1], median = q[2], q3 = q[3], max = max(x), mean = mean(x))
}

quadratic <- function(k) 1 - outer(seq_len(k), seq_len(k), function(i, j) (i - j)^2) / (k - 1)^2
table_of <- function(consultant, reviewer, levels) {
  unclass(table(factor(consultant, levels = levels), factor(reviewer, levels = levels)))
}

kappa_of <- function(consultant, reviewer, lo, hi) {
  tab <- table_of(consultant, reviewer, lo:hi)
  k <- suppressWarnings(Kappa(tab, weights = quadratic(hi - lo + 1)))
  if (!is.finite(k$Weighted[["value"]])) return(NULL)
  ci <- confint(k, level = 0.95)
  out <- interval(k$Weighted[["value"]], ci["Weighted", "lwr"], ci["Weighted", "upr"])
  # One rater used a single score: scikit-learn says 0 (or NaN), vcd's standard error is NaN; no interval.
  if (any(is.na(unlist(out)))) NULL else out
}

psych_kappa_of <- function(consultant, reviewer, lo, hi) {
  tab <- table_of(consultant, reviewer, lo:hi)
  ck <- tryCatch(suppressWarnings(suppressMessages(cohen.kappa(tab, w = quadratic(hi - lo + 1)))),
                 error = function(e) NULL)
  if (is.null(ck)) return(NULL)
  b <- ck$confid["weighted kappa", ]
  if (!is.finite(b[["estimate"]])) return(NULL)
  interval(b[["estimate"]], b[["lower"]], b[["upper"]])
}

icc_of <- function(consultant, reviewer) {
  # Every score the same: all mean squares are 0 and ICC is 0/0; aov() would return rounding noise instead.
  if (var(c(consultant, reviewer)) == 0) return(NULL)
  r <- tryCatch(
    suppressWarnings(suppressMessages(ICC(data.frame(c = consultant, r = reviewer), lmer = FALSE)))$results,
    error = function(e) NULL
  )
  if (is.null(r)) return(NULL)
  row <- r["Single_random_raters", ]
  out <- interval(row$ICC, row[["lower bound"]], row[["upper bound"]])
  if (any(is.na(unlist(out)))) NULL else out
}

sets <- list()
for (s in data$sets) {
  consultant <- vapply(s$pairs, function(p) as.numeric(p[[1]]), 0)
  reviewer <- vapply(s$pairs, function(p) as.numeric(p[[2]]), 0)
  sets[[s$name]] <- list(
    plain = list(
      exact = mean(consultant == reviewer),
      withinOne = mean(abs(consultant - reviewer) <= 1),
      meanAbsDiff = mean(abs(consultant - reviewer))
    ),
    kappa = kappa_of(consultant, reviewer, s$scale$min, s$scale$max),
    icc = icc_of(consultant, reviewer),
    psychKappa = psych_kappa_of(consultant, reviewer, s$scale$min, s$scale$max),
    spreadConsultant = spread(consultant),
    spreadBoth = spread(c(consultant, reviewer))
  )
}
spreads <- list()
for (s in data$spreads) spreads[[s$name]] <- spread(vapply(s$values, as.numeric, 0))

out <- list(
  versions = list(
    R = paste(R.version$major, R.version$minor, sep = "."),
    psych = as.character(packageVersion("psych")),
    vcd = as.character(packageVersion("vcd")),
    jsonlite = as.character(packageVersion("jsonlite"))
  ),
  sets = sets,
  spreads = spreads
)
write_json(out, file.path(here, "psych.json"), digits = NA, auto_unbox = TRUE, null = "null", na = "null",
           pretty = TRUE)
cat("wrote psych.json for", length(sets), "data sets\n")
