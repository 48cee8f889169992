package io.strata.examples.bookstore.api;

/**
 * An author and how many books they wrote: the seed's join and group-by.
 *
 * @param id the author's id
 * @param name the author's name (may be null)
 * @param email the author's email address
 * @param books the number of their books
 */
public record AuthorBookCount(long id, String name, String email, long books) {

    /** The HQL that computes the counts (authors without books included), most books first. */
    public static final String MOST_BOOKS_FIRST = query("count(b.id) desc, a.id");
    /** The same HQL, by author id. */
    public static final String BY_AUTHOR = query("a.id");

    private static String query(String order) {
        return "select new " + AuthorBookCount.class.getName() + "(a.id, a.name, a.email, count(b.id))"
                + " from Author a left join a.books b group by a.id, a.name, a.email order by " + order;
    }
}
