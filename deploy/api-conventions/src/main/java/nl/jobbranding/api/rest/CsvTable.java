package nl.jobbranding.api.rest;

import java.util.List;

/**
 * An answer that is not a {@link nl.jobbranding.api.Page} but can be written as a CSV table: its rows, all records of
 * {@link #rowType()}.
 */
public interface CsvTable {

    Class<? extends Record> rowType();

    List<? extends Record> csvRows();
}
