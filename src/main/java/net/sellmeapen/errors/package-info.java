/**
 * The kinds of failure a service reports to its caller — invalid input, not found, wrong state,
 * limit reached, unavailable — as exceptions in the product's own terms. Features extend them
 * ({@code SessionNotFoundException}, {@code OverBudgetException}, …); only {@code web} turns them into
 * HTTP statuses. Depends on nothing else in the project.
 */
package net.sellmeapen.errors;
