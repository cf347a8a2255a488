/**
 * Generated from spec/kizen/openapi.yaml by `npm run generate` (openapi-typescript).
 * Do not edit by hand: change the spec and run `npm run generate`; a test fails on drift.
 */
export interface paths {
    "/api/custom-objects/{identifier}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Object details with fields (discovery)
         * @description Facts file: "Custom object with fields and categories"; the Kizen page takes the object ID, Kizen's CLIs and SDK guide also the api name ([DISAGREE]: clients discover by UUID). An unknown object is 404.
         */
        get: operations["getObject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/custom-objects/{object_pk}/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The field list of an object
         * @description Facts file: unpaginated, a plain JSON array, permission-filtered per employee; the field, category and option endpoints under /api/custom-objects/{object_pk}/ take the object UUID.
         */
        get: operations["listObjectFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{object_identifier}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one record
         * @description Facts file: fields keyed by field UUID; blank fields are omitted; an archived record is 404. `include_hidden_fields` is what Kizen's CLI sends; hiding hidden fields otherwise is our reading.
         */
        get: operations["getRecord"];
        put?: never;
        post?: never;
        /**
         * Archive a record
         * @description Reference notes: DELETE archives, preserving stored data, 204. A second archive is 404 (our reading).
         */
        delete: operations["archiveRecord"];
        options?: never;
        head?: never;
        /**
         * Update fields of a record
         * @description Facts file: the body has `fields`; the reply holds only the written fields plus `updated` unless return_all_fields=true; an undeclared `archived` key is ignored (200, nothing changed); 409 conflict on a concurrent write. Validation as on add (our reading).
         */
        patch: operations["patchRecord"];
        trace?: never;
    };
    "/api/records/{object_identifier}/{id}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore an archived record
         * @description Reference notes: PATCH …/{id}/unarchive restores; unarchiving restores all field values. No body is needed; 200 with the record is our reading.
         */
        patch: operations["unarchiveRecord"];
        trace?: never;
    };
    "/api/records/{object_identifier}/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a record
         * @description Add page: creates a new record, validates required fields, field types and selectable values, rejects invalid values without creating the record, never modifies existing records; every record has a unique identifier. Responses: the add page lists 200, one source shows 201 with action created ([DISAGREE]): both are documented here. The meanings of `unarchive` are the reference notes' reading.
         */
        post: operations["addRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{object_identifier}/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find an active record by its identifier
         * @description Facts file: `identifier` is the url-encoded name (email for contacts); `all_fields` defaults to true here; missing identifier 400 (code required), no match 404. Case and whitespace folding are disputed ([DISAGREE]); clients send the identifier exactly as stored.
         */
        get: operations["lookupRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{object_identifier}/upsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or update a record by identifier
         * @description Facts file: `lookup_value` is required (min length 1); the match key is the name (email for contacts), case-insensitive, first match wins; 200 with action updated, 201 with created or unarchived; with both archive flags left out an archived match raises a conflict.
         */
        post: operations["upsertRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Reference notes - `fields` required; `unarchive` optional. */
        AddRecordRequest: {
            fields: components["schemas"]["FieldEntry"][];
            unarchive?: components["schemas"]["UnarchiveChoice"];
        };
        /** @description Add page - exactly id, object_type, num_upcoming_activities and num_associated_team_members are required. The page lists no other member; a server may add the write envelope (display_name, access, fields), which a client reads back with GET rather than rely on. */
        AddRecordResponse: {
            access?: components["schemas"]["RecordResponse"]["access"];
            display_name?: string;
            fields?: components["schemas"]["RecordResponse"]["fields"];
            /** Format: uuid */
            id: string;
            num_associated_team_members: number;
            num_upcoming_activities: number;
            object_type: string;
        };
        /** @description Facts file - true or false. */
        CheckboxValue: boolean;
        /** @description Facts file - the object details ("Custom object with fields and categories"). */
        CustomObject: {
            allow_relations?: boolean;
            categories?: {
                id?: string;
                name?: string;
                order?: number;
            }[];
            /** @description Singular display name. */
            entity_name?: string;
            fetch_url?: string;
            fields: components["schemas"]["Field"][];
            /** Format: uuid */
            id: string;
            is_custom?: boolean;
            /** @description The api name. */
            name: string;
            /** @description Plural display name. */
            object_name?: string;
            /**
             * @example standard
             * @example pipeline
             */
            object_type?: string;
        };
        /** @description Reference notes - Django REST framework style: {detail, code}, per-field errors, non_field_errors; write endpoints add the positional `fields` list (facts file). */
        Error: {
            code?: string;
            detail?: string;
            fields?: Record<string, never>[];
            non_field_errors?: string[];
        };
        /** @description Facts file - one field of an object as the fields endpoint returns it. */
        Field: {
            allows_empty?: boolean;
            allows_nulls?: boolean;
            category?: string | null;
            display_name?: string;
            field_type: components["schemas"]["FieldType"];
            /**
             * Format: uuid
             * @description The key of the field in a record's fields.
             */
            id: string;
            is_default?: boolean;
            is_deletable?: boolean;
            is_hidden: boolean;
            is_read_only: boolean;
            is_required: boolean;
            money_options?: {
                /** @example USD */
                currency?: string;
            } | null;
            /** @description The api name. */
            name: string;
            options?: components["schemas"]["Option"][];
            relation?: components["schemas"]["Relation"] | null;
        };
        /** @description Reference notes - {name, value} with the field's api name or {id, value} with its UUID. "One of name or id" is expressed as minProperties 2 with value required. */
        FieldEntry: {
            /** Format: uuid */
            id?: string;
            name?: string;
            value: components["schemas"]["FieldValue"];
        };
        /** @description Facts file - one entry of a record's fields; the value's form depends on the type. */
        FieldRead: {
            display_name?: string;
            field_type: components["schemas"]["FieldType"];
            /** Format: uuid */
            id: string;
            name: string;
            value: unknown;
        };
        /**
         * @description Facts file - the 24 values of FieldTypeEnum as the API spells them.
         * @enum {unknown}
         */
        FieldType: "checkbox" | "checkboxes" | "choices" | "date" | "datetime" | "decimal" | "dropdown" | "dynamictags" | "email" | "files" | "integer" | "longtext" | "money" | "phonenumber" | "radio" | "rating" | "relationship" | "selector" | "status" | "team_selector" | "text" | "timezone" | "wysiwyg" | "yesnomaybe";
        /** @description One written value. Which kind applies depends on the field_type found by discovery, so this union is loose; dates, datetimes and team members are strings. null leaves a field blank. */
        FieldValue: components["schemas"]["TextValue"] | components["schemas"]["IntegerValue"] | components["schemas"]["NumberValue"] | components["schemas"]["CheckboxValue"] | components["schemas"]["OptionRef"] | components["schemas"]["RecordRef"] | components["schemas"]["ReferenceList"] | null;
        /** @description Facts file - integer, "4 bytes"; the 32-bit range is inferred. */
        IntegerValue: number;
        /** @description Facts file - decimal (15 digits, 4 after the point) and money (the amount). */
        NumberValue: number;
        /** @description Facts file - an option of a choice field; code is often "". */
        Option: {
            code: string;
            id: string;
            name: string;
        };
        /** @description Reference notes - an option by id or by label. [DISAGREE] the SDK guide says a bare option id; clients send {id}. */
        OptionRef: {
            id?: string;
            name?: string;
        };
        /** @description Facts file - the fields to write. Undeclared keys such as `archived` are ignored, so no key is required. */
        PatchRecordRequest: {
            fields?: components["schemas"]["FieldEntry"][];
        };
        /** @description Reference notes - a related record by id. [DISAGREE] the SDK guide says a scalar id; clients send {id}. */
        RecordRef: {
            /** Format: uuid */
            id: string;
        };
        /** @description Facts file - {id, object_type, access, fields} with fields keyed by field UUID; blank fields are left out. display_name (the record name) is from the write envelope. */
        RecordResponse: {
            access?: {
                edit?: boolean;
                remove?: boolean;
                view?: boolean;
            };
            display_name?: string;
            fields: {
                [key: string]: components["schemas"]["FieldRead"];
            };
            /** Format: uuid */
            id: string;
            num_associated_team_members?: number;
            num_upcoming_activities?: number;
            object_type?: string;
        };
        /** @description Checkboxes and many-valued relationships take a list of references. */
        ReferenceList: (components["schemas"]["OptionRef"] | components["schemas"]["RecordRef"] | string)[];
        /** @description Facts file - the target of a relationship field. */
        Relation: {
            /** @enum {unknown} */
            cardinality?: "one_to_one" | "many_to_one" | "one_to_many" | "many_to_many";
            related_field?: string | null;
            /**
             * Format: uuid
             * @description Target object UUID.
             */
            related_object: string;
            related_object_name?: string;
            /** @description Target object api name. */
            related_object_object_name: string;
            /** @enum {unknown} */
            relation_type?: "one_to_one" | "primary" | "primary_for" | "additional" | "additional_for";
        };
        /** @description Facts file - text, "255 character limit"; email and phone number are strings too. */
        TextValue: string;
        /**
         * @description Add page - prompt, unarchive or overwrite, or null. The meanings (conflict, restore the archived match, create anyway) are the reference notes' reading.
         * @enum {unknown}
         */
        UnarchiveChoice: "prompt" | "unarchive" | "overwrite" | null;
        /** @description Facts file - EntityRecordUpsertRequest; every Kizen client also sends fields. */
        UpsertRecordRequest: {
            fields?: components["schemas"]["FieldEntry"][];
            lookup_value: string;
            oncreate_unarchive?: components["schemas"]["UnarchiveChoice"];
            /** @enum {unknown} */
            onupdate_archived_conflict?: "overwrite" | null;
        };
        /** @description Reference notes - the response includes action; the record's id names what was written. The SDK guide's write envelope (display_name, fields, access) is allowed, not required. */
        UpsertRecordResponse: {
            access?: components["schemas"]["RecordResponse"]["access"];
            /** @enum {unknown} */
            action: "created" | "updated" | "unarchived";
            display_name?: string;
            fields?: components["schemas"]["RecordResponse"]["fields"];
            /** Format: uuid */
            id: string;
        };
    };
    responses: {
        /** @description Reference notes: validation failure. Write endpoints use the positional envelope (facts file); codes such as required, unique, does_not_exist, conflict. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Facts file - a concurrent archive or write on the same record (code conflict). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Reference notes - permission denied, including forbidden_field_write. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Facts file - the object or record does not exist or is not visible (an archived record). Kizen answers an unknown path with an HTML page; this suite judges only JSON. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Our reading: a body over the server's limit (Kizen caps bodies at 50 MB, code payload_exceeded). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Facts file - possible, e.g. on field configuration. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Facts file: an unauthenticated call, e.g. {"code": "missing_business_context"}. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        AllFields: boolean;
        /** @description Facts file: comma-separated field UUIDs to return; present but empty returns only default fields. */
        FieldIds: string;
        /** @description Like field_ids, with api names. */
        FieldNames: string;
        /** @description Facts file: the object UUID or its api name, both resolve identically; contacts are `client_client`. */
        ObjectIdentifier: string;
        /** @description The record UUID. */
        RecordId: string;
        /** @description Facts file - true returns every field instead of only the written ones. */
        ReturnAllFields: boolean;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object UUID; the api name (`name`) per the CLIs and SDK guide. */
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object with its fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomObject"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    listObjectFields: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The object UUID (facts file). */
                object_pk: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every field the caller may see. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Field"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    getRecord: {
        parameters: {
            query?: {
                all_fields?: components["parameters"]["AllFields"];
                /** @description Facts file: comma-separated field UUIDs to return; present but empty returns only default fields. */
                field_ids?: components["parameters"]["FieldIds"];
                /** @description Like field_ids, with api names. */
                field_names?: components["parameters"]["FieldNames"];
                include_hidden_fields?: boolean;
            };
            header?: never;
            path: {
                /** @description The record UUID. */
                id: components["parameters"]["RecordId"];
                /** @description Facts file: the object UUID or its api name, both resolve identically; contacts are `client_client`. */
                object_identifier: components["parameters"]["ObjectIdentifier"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    archiveRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record UUID. */
                id: components["parameters"]["RecordId"];
                /** @description Facts file: the object UUID or its api name, both resolve identically; contacts are `client_client`. */
                object_identifier: components["parameters"]["ObjectIdentifier"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["ServerError"];
        };
    };
    patchRecord: {
        parameters: {
            query?: {
                /** @description Facts file - true returns every field instead of only the written ones. */
                return_all_fields?: components["parameters"]["ReturnAllFields"];
            };
            header?: never;
            path: {
                /** @description The record UUID. */
                id: components["parameters"]["RecordId"];
                /** @description Facts file: the object UUID or its api name, both resolve identically; contacts are `client_client`. */
                object_identifier: components["parameters"]["ObjectIdentifier"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchRecordRequest"];
            };
        };
        responses: {
            /** @description The record after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    unarchiveRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record UUID. */
                id: components["parameters"]["RecordId"];
                /** @description Facts file: the object UUID or its api name, both resolve identically; contacts are `client_client`. */
                object_identifier: components["parameters"]["ObjectIdentifier"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    addRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Facts file: the object UUID or its api name, both resolve identically; contacts are `client_client`. */
                object_identifier: components["parameters"]["ObjectIdentifier"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddRecordRequest"];
            };
        };
        responses: {
            /** @description The record was created (add page), or restored with unarchive (our reading). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddRecordResponse"];
                };
            };
            /** @description The record was created (SDK guide). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddRecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
    lookupRecord: {
        parameters: {
            query: {
                all_fields?: components["parameters"]["AllFields"];
                /** @description Facts file: comma-separated field UUIDs to return; present but empty returns only default fields. */
                field_ids?: components["parameters"]["FieldIds"];
                /** @description Like field_ids, with api names. */
                field_names?: components["parameters"]["FieldNames"];
                identifier: string;
            };
            header?: never;
            path: {
                /** @description Facts file: the object UUID or its api name, both resolve identically; contacts are `client_client`. */
                object_identifier: components["parameters"]["ObjectIdentifier"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    upsertRecord: {
        parameters: {
            query?: {
                /** @description Facts file - true returns every field instead of only the written ones. */
                return_all_fields?: components["parameters"]["ReturnAllFields"];
            };
            header?: never;
            path: {
                /** @description Facts file: the object UUID or its api name, both resolve identically; contacts are `client_client`. */
                object_identifier: components["parameters"]["ObjectIdentifier"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpsertRecordRequest"];
            };
        };
        responses: {
            /** @description A matching record was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpsertRecordResponse"];
                };
            };
            /** @description A record was created, or an archived match restored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpsertRecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
        };
    };
}
