package journey.dsl.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.FQNPrefixMatcher;

/**
 * Matches proposals to what the analyst typed, forgiving one typo: once four letters are typed, a
 * keyword or name also matches when one letter of the typed text is wrong, missing, extra or swapped
 * with its neighbour ({@code stpe} finds {@code step}, {@code Explorr} finds {@code Explorer}). Exact
 * prefix matches still rank first: Xtext favours proposals that start with the prefix.
 */
public class TypoTolerantPrefixMatcher extends FQNPrefixMatcher {

	/** Shorter prefixes are matched exactly: one typo in three letters matches almost everything. */
	static final int MIN_TYPED = 4;

	@Override
	public boolean isCandidateMatchingPrefix(String name, String prefix) {
		if (super.isCandidateMatchingPrefix(name, prefix)) {
			return true;
		}
		if (prefix.length() < MIN_TYPED) {
			return false;
		}
		String delimiter = getDelimiter();
		String lastSegment = delimiter == null || prefix.contains(delimiter) ? null : getLastSegment(name, delimiter);
		return startsWithOneTypo(name, prefix) || lastSegment != null && startsWithOneTypo(lastSegment, prefix);
	}

	/**
	 * Whether some start of the candidate is at most one edit from the typed text, ignoring case: the
	 * optimal string alignment distance, with a swap of neighbours as one edit.
	 */
	static boolean startsWithOneTypo(String candidate, String typed) {
		String a = typed.toLowerCase();
		String b = candidate.toLowerCase();
		int m = a.length();
		int n = Math.min(b.length(), m + 1);
		int[][] distance = new int[m + 1][n + 1];
		for (int i = 0; i <= m; i++) {
			distance[i][0] = i;
		}
		for (int j = 0; j <= n; j++) {
			distance[0][j] = j;
		}
		for (int i = 1; i <= m; i++) {
			for (int j = 1; j <= n; j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				int best = Math.min(Math.min(distance[i - 1][j] + 1, distance[i][j - 1] + 1), distance[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					best = Math.min(best, distance[i - 2][j - 2] + 1);
				}
				distance[i][j] = best;
			}
		}
		// the typed text against each start of the candidate that is one letter shorter, as long or one longer
		for (int j = Math.max(0, m - 1); j <= n; j++) {
			if (distance[m][j] <= 1) {
				return true;
			}
		}
		return false;
	}
}
